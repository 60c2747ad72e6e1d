import json
from dataclasses import dataclass


@dataclass
class Visit:
    patient_id: int
    vet: str
    reason: str


def restore_visit(blob):
    data = json.loads(blob)
    return Visit(patient_id=int(data["patient_id"]), vet=str(data["vet"]), reason=str(data["reason"]))
