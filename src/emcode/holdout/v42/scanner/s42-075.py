import _pickle


class ScoreMessage:
    def __init__(self, match_id, scores):
        self.match_id = match_id
        self.scores = scores

    @classmethod
    def from_wire(cls, data: bytes) -> "ScoreMessage":
        obj = _pickle.loads(data)
        return cls(obj["match_id"], obj["scores"])
