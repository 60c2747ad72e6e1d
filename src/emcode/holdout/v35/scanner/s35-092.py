from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from .models import Adoption


@csrf_exempt
@login_required
@require_POST
def cancel_adoption(request, adoption_id):
    adoption = Adoption.objects.get(pk=adoption_id, adopter=request.user)
    adoption.status = "cancelled"
    adoption.save()
    return JsonResponse({"status": "cancelled"})
