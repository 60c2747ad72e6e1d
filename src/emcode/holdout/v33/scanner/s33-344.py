from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .models import Citation, Officer


@require_POST
def issue_citation(request):
    officer = Officer.objects.get(user=request.user)
    c = Citation.objects.create(
        plate=request.POST["plate"].upper()[:8],
        zone=request.POST["zone"],
        amount_cents=int(request.POST.get("amount_cents", 4500)),
        officer=officer,
    )
    return JsonResponse({"id": c.pk, "plate": c.plate, "zone": c.zo