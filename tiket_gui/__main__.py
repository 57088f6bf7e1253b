"""`python -m tiket_gui` opens the window."""

from tiket_gui.app import main

raise SystemExit(main())
