"""A local getToken server built from the docs, with fault injection. Standard library only."""

from tiket_gui.emulator.server import (
    FAULTS,
    EmulatorConfig,
    EmulatorServer,
    RunningEmulator,
    start_in_thread,
)

__all__ = ["FAULTS", "EmulatorConfig", "EmulatorServer", "RunningEmulator", "start_in_thread"]
