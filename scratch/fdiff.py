import sys,re,collections
def load(p):
    d={}
    for line in open(p):
        k,_,rest=line.rstrip('\n').partition(' ')
        d[k]=dict(re.findall(r'(\w+)=(.*?)(?= \w+=|$)',rest))
    return d
a,b=load(sys.argv[1]),load(sys.argv[2])
only=sys.argv[3] if len(sys.argv)>3 else None
cnt=collections.Counter()
for k in a:
    if k not in b: print('missing',k); continue
    for f in a[k]:
        if only and f not in only.split(','): continue
        x,y=a[k][f],b[k].get(f)
        if x==y: continue
        cnt[(k.split('/')[0],f)]+=1
        if f in('SK','OC','DO','BE','CE','LA','ED'):
            xs,ys=set(x.split(',')),set(y.split(','))
            print(f'{k} {f} -{sorted(xs-ys)} +{sorted(ys-xs)}')
        else: print(f'{k} {f}: {x!r} -> {y!r}')
print(dict(cnt))
