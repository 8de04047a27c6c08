#!/usr/bin/env node
'use strict';
require('reflect-metadata');
require('../dist/main.js')
  .main(process.argv.slice(2))
  .then((code) => {
    if (typeof code === 'number') process.exitCode = code;
  })
  .catch((error) => {
    console.error(`mandate-graph: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
