from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .models import Membership


@login_required
@require_POST
def cancel_membership(request):
    m = Membership.objects.get(user=request.user)
    m.active = False
    m.save()
    return JsonResponse({"cancelled": True})
