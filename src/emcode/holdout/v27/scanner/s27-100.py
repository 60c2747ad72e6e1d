from django.http import HttpResponse
from .models import Quilt


def quilt_search(request):
    q = request.GET.get("q", "")
    hits = Quilt.objects.filter(name__icontains=q)[:20]
    items = "".join(f"<li>{h.name}</li>" for h in hits)
    html = f"<h2>Results for {q}</h2><ul>{items}</ul>"
    return HttpResponse(html)
