import boto3

ACCESS_KEY = "AKIAQX3T7PHARMA2REFL"
SECRET_KEY = "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"


def upload_label(pdf_path, rx_id):
    s3 = boto3.client("s3", aws_access_key_id=ACCESS_KEY, aws_secret_access_key=SECRET_KEY,
                      region_name="eu-west-1")
    s3.upload_file(pdf_path, "pharmacy-labels", f"labels/{rx_id}.pdf")
