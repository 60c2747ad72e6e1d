from django.http import JsonResponse

from .models import Scan


def scan_search(request):
    term = request.GET.get("q", "")
    base = "SELECT * FROM archive_scan"
    clause = " WHERE title LIKE %s"
    scans = Scan.objects.raw(base + clause + " LIMIT 50", [f"%{term}%"])
    return JsonResponse({"results": [s.reference for s in scans]})
