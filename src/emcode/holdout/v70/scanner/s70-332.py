from django.db import connection
from django.http import JsonResponse


def seed_search(request):
    species = request.GET.get("species", "")
    sql = """
        SELECT accession_no, species, viability
        FROM seedbank_accession
        WHERE viability > 0.5
    """
    if species:
        sql += " AND species LIKE '%%" + species + "%%'"
    with connection.cursor() as cur:
        cur.execute(sql)
        rows = cur.fetchall()
    return JsonResponse({"results": rows})
