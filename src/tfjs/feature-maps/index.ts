/**
 * Feature maps of a trained network (d2l.ai 7.6's exercise: look at what the first and second
 * convolutions respond to, for sweaters and coats, for cats, cars and noise). A sub-model with
 * the chosen layers' outputs as extra outputs runs the inputs once; rendering is in render.ts.
 */
export { chooseLayers, extractActivations, type InputActivations } from './extract.js';
export { LAYOUT, drawSheet, scaleFor, type ActivationSheet, type FeatureMaps } from './render.js';
