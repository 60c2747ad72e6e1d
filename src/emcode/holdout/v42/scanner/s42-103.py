import json


class ScoreMessage:
    def __init__(self, match_id, scores):
        self.match_id = match_id
        self.scores = scores

    @classmethod
    def from_wire(cls, data: bytes) -> "ScoreMessage":
        obj = json.loads(data)
        if not isinstance(obj.get("scores"), dict):
            raise ValueError("scores must be an object")
        return cls(int(obj["match_id"]), {str(k): int(v) for k, v in obj["scores"].items()})
