import boto3


def make_client():
    """An S3 client for the backup bucket; credentials come from the environment or the instance role."""
    return boto3.client("s3", region_name="eu-west-1")
