import re
from typing import Dict, List


def classify(message: str, rules: Dict[str, str]) -> List[str]:
    labels = []
    for label, pattern in rules.items():
        if re.search(pattern, message):
            labels.append(label)
    return labels
