// The store contract on embedded PGlite (one in-memory instance for the whole file).
import { describeStoreContract } from './store-contract.js';

describeStoreContract('pglite');
