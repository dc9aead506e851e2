const fs=require('fs');const f=process.argv[2];const p=JSON.parse(fs.readFileSync(f));
const byId=new Map(p.nodes.map(n=>[n.id,n]));const parent=new Map();for(const n of p.nodes)for(const c of (n.children||[]))parent.set(c,n.id);
const incl=new Map();let total=0;
for(let i=0;i<p.samples.length;i++){const dt=p.timeDeltas[i];total+=dt;const seen=new Set();let q=p.samples[i];while(q){const cf=byId.get(q).callFrame;const k=`${cf.functionName||'(anon)'} ${cf.url.replace(/.*\/(src|node_modules)\//,'$1/')}:${cf.lineNumber}`;if(!seen.has(k)){seen.add(k);incl.set(k,(incl.get(k)||0)+dt);}q=parent.get(q);}}
const pat=process.argv[3]?new RegExp(process.argv[3]):null;
console.log([...incl].filter(([k])=>!pat||pat.test(k)).sort((a,b)=>b[1]-a[1]).slice(0,+process.argv[4]||60).map(([k,v])=>(100*v/total).toFixed(1)+'% '+k).join('\n'));
