#!/usr/bin/env node
'use strict';
// Compiled by `npm install` (the package's prepare script runs tsc).
require('../dist/src/cli/main.js');
