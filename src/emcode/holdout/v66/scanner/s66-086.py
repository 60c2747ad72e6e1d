import pickle as serializer


class PlaylistArchive:
    def __init__(self, fh):
        self.fh = fh

    def read(self):
        return serializer.load(self.fh)
