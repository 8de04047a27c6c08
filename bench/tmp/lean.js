require('reflect-metadata');
const { openStore } = require('/work/main/packages/database/dist');
const c = require('/work/main/services/consultations/dist');
(async () => {
  const store = await openStore({ url: 'postgres://postgres@127.0.0.1:5432/bench_10000', schema: 'consultations', entities: c.entities ?? Object.values(c).filter(x=>typeof x==='function'), migrations: [] });
  const em = store.em.fork();
  const qb = em.createQueryBuilder(c.ConsultationEntity).select('*').limit(2);
  console.log(await qb.execute('all', true));
  const qb2 = em.createQueryBuilder(c.ResponseCountEntity).select('*').limit(2);
  console.log(await qb2.execute('all', true));
  await store.close();
})();
