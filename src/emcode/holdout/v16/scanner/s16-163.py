from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods


@login_required
@require_http_methods(["GET", "POST"])
def delete_account(request):
    if request.method == "GET":
        return render(request, "accounts/confirm_delete.html")
    user = request.user
    logout(request)
    user.delete()
    return redirect("/")
