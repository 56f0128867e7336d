// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Evaluates flag documents the way an application's flagd provider does: OpenFeature's own
// flagd-core, and checks them against the flagd schema with ajv, a JSON Schema validator
// independent of the one the console uses.
//
// Usage: node evaluate.cjs SCHEMA_DIR CONTEXT_JSON FILE...
// Prints a JSON array, one entry a file: {file, schemaValid, schemaErrors, flags: {key: {value, reason, variant, errorCode}}}
'use strict';
const fs = require('fs');
const path = require('path');
const { FlagdCore } = require('@openfeature/flagd-core');
const Ajv = require('ajv');

const [schemaDir, contextText, ...files] = process.argv.slice(2);
const ajv = new Ajv({ strict: false, allErrors: true });
ajv.addSchema(JSON.parse(fs.readFileSync(path.join(schemaDir, 'targeting.json'), 'utf8')));
const validate = ajv.compile(JSON.parse(fs.readFileSync(path.join(schemaDir, 'flags.json'), 'utf8')));
const context = JSON.parse(contextText);

const out = [];
for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    const entry = { file, schemaValid: false, schemaErrors: [], flags: {} };
    let doc;
    try {
        doc = JSON.parse(text);
    } catch (e) {
        entry.schemaErrors.push('not JSON: ' + e.message);
        out.push(entry);
        continue;
    }
    entry.schemaValid = validate(doc);
    if (!entry.schemaValid)
        entry.schemaErrors = validate.errors.map((e) => `${e.instancePath} ${e.message}`);
    else {
        const core = new FlagdCore();
        core.setConfigurations(text);
        for (const d of core.resolveAll(context))
            entry.flags[d.flagKey] = { value: d.value, reason: d.reason, variant: d.variant, errorCode: d.errorCode };
    }
    out.push(entry);
}
process.stdout.write(JSON.stringify(out));
