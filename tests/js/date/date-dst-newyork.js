// Local time with DST in the zone NAME.env sets: the shared cases.
require('../lib/date-dst-cases.js');
