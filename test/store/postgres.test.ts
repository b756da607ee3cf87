// The store contract on the real PostgreSQL server (READOUT_TEST_DATABASE_URL), in a fresh schema dropped afterwards.
import { describeStoreContract } from './store-contract.js';

describeStoreContract('postgres');
