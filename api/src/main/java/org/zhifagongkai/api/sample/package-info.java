/** The generated, labelled sample dataset a new portal starts with. */
@NullMarked
package org.zhifagongkai.api.sample;

import org.jspecify.annotations.NullMarked;
