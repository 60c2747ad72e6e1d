import boto3

_s3 = boto3.client("s3", region_name="eu-west-1")


def upload_xray(local_path, key):
    _s3.upload_file(local_path, "vet-xrays-prod", key)
