// For the browser bundle (VS Code for the Web): JSZip asks for Node's streams only to offer
// generateNodeStream(); without them it reports `support.nodestream = false` and works in memory.
module.exports = {};
