import sys
from pathlib import Path

import boto3

s3 = boto3.client("s3")

for path in sys.argv[1:]:
    s3.upload_file(path, "museum-audio-guides", Path(path).name)
