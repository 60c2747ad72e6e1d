from django.http import JsonResponse

from .models import Scan


def scan_search(request):
    term = request.GET.get("q", "")
    base = "SELECT * FROM archive_scan"
    clause = " WHERE title LIKE '%%" + term + "%%'"
    scans = Scan.objects.raw(base + clause + " LIMIT 50")
    return JsonResponse({"results": [s.reference for s in scans]})
