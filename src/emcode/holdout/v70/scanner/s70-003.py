from django.db import connection
from django.http import JsonResponse


def seed_search(request):
    species = request.GET.get("species", "")
    sql = """
        SELECT accession_no, species, viability
        FROM seedbank_accession
        WHERE viability > 0.5
    """
    params = []
    if species:
        sql += " AND species LIKE %s"
        params.append(f"%{species}%")
    with connection.cursor() as cur:
        cur.execute(sql, params)
        rows = cur.fetchall()
    return JsonResponse({"results": rows})
