export * from './dates';
export * from './window';
export * from './presets';
export * from './mentioned-dates';
export * from './fields';
