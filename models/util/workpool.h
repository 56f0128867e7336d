// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QThreadPool;

namespace atalaya {

/// The console's own thread pool, for every background job it starts (decoding answers, laying
/// out buckets, running kubectl, writing files): QtConcurrent::run(workPool(), ...).
///
/// Not Qt's global pool: the raster paint engine splits large fills into pieces on
/// QThreadPool::globalInstance() and the GUI thread waits for them, so a kubectl run or a decode
/// queued there made a window repaint wait until it was done (34 ms in the stall probe).
QThreadPool* workPool();

} // namespace atalaya
