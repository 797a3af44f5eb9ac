"""`python -m klagerapport.cli`, as before the command became a package."""

from .app import main

main()
