from django.http import HttpResponse
from django.views.decorators.http import require_GET

from .models import Claim


@require_GET
def claim_search(request):
    term = request.GET.get("q", "")
    matches = Claim.objects.filter(policy_number__icontains=term)[:20]
    out = [f"<h1>Results for {term}</h1>", "<ul>"]
    for c in matches:
        out.append(f"<li>{c.policy_number}</li>")
    out.append("</ul>")
    return HttpResponse("\n".join(out))
