// cluster — Node 20's cluster module: the primary's side
// (internal/cluster_primary) or, in a process cluster.fork started, the
// worker's (internal/cluster_child, set up before the main module ran).
'use strict';

module.exports = process['@@muk.clusterWorker'] || require('internal/cluster_primary');
