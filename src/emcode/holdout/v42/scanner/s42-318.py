import tempfile


def spool_statement(company_id, pdf_bytes):
    with tempfile.NamedTemporaryFile(prefix=f"statement_{int(company_id)}_", suffix=".pdf", delete=False) as fh:
        fh.write(pdf_bytes)
        return fh.name
