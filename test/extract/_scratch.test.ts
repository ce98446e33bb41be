import { splitSentences } from '../../src/extract/sentences.js';
import { readFileSync } from 'node:fs';
const t = readFileSync('/work/main/examples/000_071c524da187ddb4.txt','utf8') + '\nGen. Ahmed Sharif said train No. 23 left at 9 a.m. Mr. Khan spoke. The U.S. Embassy said 2.5 million. "Stop. Now," he said. He said: "We won!" Then left.';
import {test} from "vitest"; test("x",()=>{for (const s of splitSentences(t)) console.log(JSON.stringify(t.slice(s.start,s.end)));
});
