const fs=require('fs');const f=process.argv[2];const p=JSON.parse(fs.readFileSync(f));
const byId=new Map(p.nodes.map(n=>[n.id,n]));const self=new Map();let total=0,rx=0;
// parent map
const parent=new Map();for(const n of p.nodes)for(const c of (n.children||[]))parent.set(c,n.id);
const byCaller=new Map();
for(let i=0;i<p.samples.length;i++){const n=byId.get(p.samples[i]);const dt=p.timeDeltas[i];total+=dt;if(n.callFrame.functionName.startsWith('RegExp:')||n.callFrame.url===''&&n.callFrame.functionName.length>40){rx+=dt;const k=n.callFrame.functionName.slice(0,90);self.set(k,(self.get(k)||0)+dt);
let q=parent.get(n.id);while(q&&byId.get(q).callFrame.url==='')q=parent.get(q);const cf=q&&byId.get(q).callFrame;const ck=cf?cf.functionName+' '+cf.url.replace(/.*\/src\//,''):'?';byCaller.set(ck,(byCaller.get(ck)||0)+dt);}}
console.log('regex total',(100*rx/total).toFixed(1)+'%');
console.log([...self].sort((a,b)=>b[1]-a[1]).slice(0,25).map(([k,v])=>(100*v/total).toFixed(2)+'% '+k).join('\n'));
console.log('--- by caller');console.log([...byCaller].sort((a,b)=>b[1]-a[1]).slice(0,30).map(([k,v])=>(100*v/total).toFixed(2)+'% '+k).join('\n'));
