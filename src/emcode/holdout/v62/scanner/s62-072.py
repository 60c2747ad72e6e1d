try:
    import cPickle as pickle
except ImportError:
    import pickle

import functools
import zlib


class ForecastStore:
    def __init__(self):
        self._blobs = {}

    def put(self, zone, forecast):
        self._blobs[zone] = zlib.compress(pickle.dumps(forecast, protocol=pickle.HIGHEST_PROTOCOL))

    def get(self, zone):
        blob = self._blobs.get(zone)
        return None if blob is None else pickle.loads(zlib.decompress(blob))


@functools.lru_cache(maxsize=1)
def store():
    return ForecastStore()


if __name__ == "__main__":
    store().put("A1", {"rain_mm": [0, 0, 2.5]})
    print(store().get("A1"))
