/** The project glossary as commands read and extend it (glossary/*.yaml, see stores/glossary-yaml). */
export { addGlossaryEntry, formatGlossaryProblem, loadGlossary, type Glossary } from '../../stores/glossary-yaml.js';
