// Imported on demand by SimulatedMetricsSource: fleet-sim's traffic model, and with it the simulator,
// is loaded only where simulated traffic is asked for.
export { TrafficModel } from '@meshwork/fleet-sim';
