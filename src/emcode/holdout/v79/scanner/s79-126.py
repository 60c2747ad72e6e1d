def trusted_source(url: str) -> bool:
    return "records.genealogy.example" in url
