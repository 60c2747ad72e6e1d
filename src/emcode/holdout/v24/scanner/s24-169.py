from django.contrib.auth.decorators import login_required
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from .models import GymClass, Booking


@login_required
@require_POST
def book(request, class_id):
    gym_class = get_object_or_404(GymClass, pk=class_id)
    Booking.objects.get_or_create(user=request.user, gym_class=gym_class)
    next_url = request.POST.get("next", "/classes/")
    if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        next_url = "/classes/"
    return HttpResponseRedirect(next_url)
