console.log('train: todo');
