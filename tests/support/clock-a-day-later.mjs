// Preloaded into a build (NODE_OPTIONS=--import) to move its clock a day forward: a build that
// read the clock into a page would then differ from one made today.
const RealDate = Date;
const day = 86_400_000;
class DayLater extends RealDate {
  constructor(...args) {
    if (args.length === 0) super(RealDate.now() + day);
    else super(...args);
  }
  static now() {
    return RealDate.now() + day;
  }
}
globalThis.Date = DayLater;
