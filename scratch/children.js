// Inclusive time of the callees of functions matching argv[3], by callee.
const fs=require('fs');const p=JSON.parse(fs.readFileSync(process.argv[2]));const pat=new RegExp(process.argv[3]);
const byId=new Map(p.nodes.map(n=>[n.id,n]));const parent=new Map();for(const n of p.nodes)for(const c of (n.children||[]))parent.set(c,n.id);
const key=(id)=>{const cf=byId.get(id).callFrame;return `${cf.functionName||'(anon)'} ${cf.url.replace(/.*\/(src|node_modules)\//,'$1/')}:${cf.lineNumber}`};
const res=new Map();let total=0;
for(let i=0;i<p.samples.length;i++){const dt=p.timeDeltas[i];total+=dt;let q=p.samples[i];let child=null;while(q){const k=key(q);if(pat.test(k)){const ck=child?key(child):'(self)';res.set(ck,(res.get(ck)||0)+dt);break;}child=q;q=parent.get(q);}}
console.log([...res].sort((a,b)=>b[1]-a[1]).slice(0,25).map(([k,v])=>(100*v/total).toFixed(1)+'% '+k).join('\n'));
