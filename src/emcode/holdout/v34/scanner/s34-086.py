import yaml


def parse_permit_form(text):
    data = yaml.safe_load(text) or {}
    if not isinstance(data, dict):
        raise ValueError("permit form must be a mapping")
    return {"applicant": data.get("applicant"), "parcel": data.get("parcel")}
