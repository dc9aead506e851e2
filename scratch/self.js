const fs=require('fs');const f=process.argv[2];const p=JSON.parse(fs.readFileSync(f));
const byId=new Map(p.nodes.map(n=>[n.id,n]));const self=new Map();
const dt=p.timeDeltas;let total=0;
for(let i=0;i<p.samples.length;i++){const n=byId.get(p.samples[i]);const cf=n.callFrame;const key=`${cf.functionName||'(anon)'} ${cf.url.replace(/.*\/(src|node_modules)\//,'$1/')}:${cf.lineNumber}`;self.set(key,(self.get(key)||0)+dt[i]);total+=dt[i];}
const byFile=new Map();for(const [k,v] of self){const file=k.split(' ')[1].split(':')[0];byFile.set(file,(byFile.get(file)||0)+v);}
console.log('total ms',total/1000);
console.log([...self].sort((a,b)=>b[1]-a[1]).slice(0,45).map(([k,v])=>(100*v/total).toFixed(1)+'% '+k).join('\n'));
console.log('--- by file');
console.log([...byFile].sort((a,b)=>b[1]-a[1]).slice(0,40).map(([k,v])=>(100*v/total).toFixed(1)+'% '+k).join('\n'));
