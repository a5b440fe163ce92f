/* The few enhancements every page gets, in one small file. */
import './language-switcher.ts';
import './print.ts';
