from django.contrib.auth.decorators import login_required
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404

from .models import GymClass, Booking


@login_required
def book(request, class_id):
    gym_class = get_object_or_404(GymClass, pk=class_id)
    Booking.objects.get_or_create(user=request.user, gym_class=gym_class)
    next_url = request.POST.get("next", "/classes/")
    return HttpResponseRedirect(next_url)
