from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render

from .forms import BookingForm


@login_required
def book_equipment(request):
    if request.method == "POST":
        form = BookingForm(request.POST)
        if form.is_valid():
            booking = form.save(commit=False)
            booking.customer = request.user
            booking.save()
            return redirect("booking-detail", pk=booking.pk)
    else:
        form = BookingForm()
    return render(request, "bookings/new.html", {"form": form})
